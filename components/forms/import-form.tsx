"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/actions";
import { FieldError, FormStatus, TextField } from "./form-parts";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function ImportForm({
  action,
  rounds,
  kinds,
  maxFileMb,
}: {
  action: Action;
  rounds: { code: string; name: string }[];
  kinds: ("respondents" | "clusters" | "pktd")[];
  /** files above this are refused here, before a body too large for the server is sent */
  maxFileMb: number;
}) {
  const t = useTranslations("import");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const kept = (name: string) => (typeof state.values?.[name] === "string" ? (state.values[name] as string) : undefined);
  const [kind, setKind] = useState(kept("kind") ?? kinds[0]!);
  const [existing, setExisting] = useState(kept("existingRound") ?? rounds[0]?.code ?? "");
  const [tooLarge, setTooLarge] = useState(false);

  return (
    <form
      action={formAction}
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(e) => {
        const file = (e.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
        const over = !!file && file.size > maxFileMb * 1024 * 1024;
        setTooLarge(over);
        if (over) e.preventDefault();
      }}
    >
      <FormStatus state={state} />
      <fieldset>
        <legend className="label">{t("kind")}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {kinds.map((k) => (
            <label key={k} className="inline-flex items-center gap-2">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`kinds.${k}`)}
            </label>
          ))}
        </div>
        <p className="mt-1 text-xs text-slate-600">{t(`kindHint.${kind}`)}</p>
      </fieldset>

      {kind !== "pktd" && (
        <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">{t("round")}</legend>
          <div>
            <label htmlFor="existingRound" className="label">
              {t("roundChoice")}
            </label>
            <select id="existingRound" name="existingRound" className="field" value={existing} onChange={(e) => setExisting(e.target.value)}>
              {rounds.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name} ({r.code})
                </option>
              ))}
              <option value="">{t("newRound")}</option>
            </select>
          </div>
          {existing === "" && (
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField name="code" label={t("code")} hint={t("codeHint")} state={state} />
              <TextField name="name" label={t("name")} state={state} />
              <TextField name="periodStart" label={t("periodStart")} type="date" state={state} />
              <TextField name="periodEnd" label={t("periodEnd")} type="date" state={state} />
              <TextField name="regionCode" label={t("regionCode")} hint={t("regionCodeHint")} state={state} />
              <TextField name="source" label={t("source")} hint={t("sourceHint")} state={state} />
              <TextField name="licence" label={t("licence")} hint={t("licenceHint")} state={state} />
              <div>
                <label htmlFor="rubricVersion" className="label">
                  {t("rubric")}
                </label>
                <select id="rubricVersion" name="rubricVersion" className="field" defaultValue="rubrik-2019-v1">
                  <option value="rubrik-2019-v1">rubrik-2019-v1</option>
                </select>
                <FieldError id="rubricVersion-error" message={state.fieldErrors?.rubricVersion} />
              </div>
            </div>
          )}
        </fieldset>
      )}

      <div>
        <label htmlFor="file" className="label">
          {t("file")}
        </label>
        <p id="file-hint" className="text-xs text-slate-600">
          {t("fileHint")}
        </p>
        <input
          id="file"
          name="file"
          type="file"
          accept=".csv,.xlsx,text/csv"
          className="field"
          aria-describedby={tooLarge ? "file-hint file-error" : "file-hint"}
          aria-invalid={tooLarge || undefined}
          required
          onChange={() => setTooLarge(false)}
        />
        <FieldError id="file-error" message={tooLarge ? t("fileTooLarge", { mb: maxFileMb }) : undefined} />
      </div>
      <button type="submit" className="btn self-start" disabled={pending}>
        {pending ? t("checking") : t("preview")}
      </button>
    </form>
  );
}
