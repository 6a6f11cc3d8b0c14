import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getReadDb } from "@/db/client";
import { listReferenceDatasets } from "@/db/queries/regions";
import { formatDateTime, formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("aboutData"))("title") };
}

/** Public: where the reference data comes from, its licence and its known gaps. */
export default async function AboutDataPage() {
  const [t, locale, datasets] = await Promise.all([getTranslations("aboutData"), getLocale(), getReadDb().then(listReferenceDatasets)]);
  const l = toLocale(locale);
  return (
    <div className="flex max-w-4xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <div className="card overflow-x-auto" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("dataset")}</th>
              <th scope="col">{t("rows")}</th>
              <th scope="col">{t("source")}</th>
              <th scope="col">{t("loaded")}</th>
            </tr>
          </thead>
          <tbody>
            {datasets.map((d) => (
              <tr key={d.id}>
                <td>
                  {d.title}
                  {d.notes && <p className="mt-1 text-xs text-amber-900">{t("notes", { notes: d.notes })}</p>}
                </td>
                <td>{formatNumber(d.rowCount, l)}</td>
                <td>
                  {d.source}
                  <br />
                  <span className="text-xs">{d.licence}</span>
                </td>
                <td>{formatDateTime(d.loadedAt, l)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="card text-sm">
        <h2 className="font-semibold">{t("licenceTitle")}</h2>
        <p className="mt-2">{t("licenceText")}</p>
        <pre className="mt-2 whitespace-pre-wrap text-xs">{MIT_NOTICE}</pre>
      </section>
    </div>
  );
}

const MIT_NOTICE = `MIT License — Copyright (c) 2024 Cahya DSN (cahyadsn/wilayah_boundaries, commit 3c5a7960f4d227a38489094d84252bdbb3f978a5)

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;
