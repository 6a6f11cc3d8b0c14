import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** Nothing to count yet: say why and where to go. */
export async function NoRounds() {
  const t = await getTranslations("indicators");
  return (
    <section className="card" data-testid="empty-state">
      <p>{t("noRounds")}</p>
      <p className="mt-2">
        <Link className="link" href="/data">
          {t("goToData")}
        </Link>
      </p>
    </section>
  );
}
