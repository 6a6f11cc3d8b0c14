"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";

export type PickedUnit = { type: "cluster" | "village" | "district" | "regency"; code: string; name: string };
type Hit = PickedUnit & { n: number };

const MAX = 10;
const key = (u: { type: string; code: string }) => `${u.type}:${u.code}`;

/**
 * Search-as-you-type picker (WAI-ARIA combobox with a listbox): type a name or code, move with
 * the arrow keys, Enter adds, Escape closes. The chosen units travel as `u` in a GET form, so
 * the comparison has a URL of its own.
 */
export function UnitPicker({ round, initial }: { round: string; initial: PickedUnit[] }) {
  const t = useTranslations("compare");
  const tu = useTranslations("scores.units");
  const [picked, setPicked] = useState<PickedUnit[]>(initial);
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState("");
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setHits([]);
      setOpen(false);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setBusy(true);
      fetch(`/compare/search?round=${encodeURIComponent(round)}&q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : { hits: [] }))
        .then((body: { hits: Hit[] }) => {
          setHits(body.hits);
          setOpen(true);
          setActive(body.hits.length ? 0 : -1);
        })
        .catch(() => {})
        .finally(() => setBusy(false));
    }, 180);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, round]);

  const add = (hit: Hit) => {
    if (picked.some((p) => key(p) === key(hit))) return;
    if (picked.length >= MAX) {
      setNote(t("tooMany"));
      return;
    }
    setPicked([...picked, { type: hit.type, code: hit.code, name: hit.name }]);
    setNote("");
    setQuery("");
    setOpen(false);
    inputRef.current?.focus();
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && hits.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === "ArrowUp" && hits.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? hits.length - 1 : a - 1));
    } else if (e.key === "Enter" && open && active >= 0 && hits[active]) {
      e.preventDefault();
      add(hits[active]!);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  };

  return (
    <form action="/compare" method="get" className="flex flex-col gap-3" data-testid="unit-picker">
      <input type="hidden" name="round" value={round} />
      {picked.map((p) => (
        <input key={key(p)} type="hidden" name="u" value={key(p)} />
      ))}
      <div className="relative">
        <label htmlFor={`${listId}-input`} className="label">
          {t("pickerLabel")}
        </label>
        <input
          ref={inputRef}
          id={`${listId}-input`}
          className="field w-full"
          role="combobox"
          aria-expanded={open}
          aria-controls={`${listId}-list`}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? `${listId}-opt-${active}` : undefined}
          aria-describedby={`${listId}-hint`}
          autoComplete="off"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onFocus={() => hits.length && setOpen(true)}
        />
        <p id={`${listId}-hint`} className="mt-1 text-xs text-slate-600">
          {t("pickerHint")}
        </p>
        <ul
          id={`${listId}-list`}
          role="listbox"
          aria-label={t("pickerLabel")}
          hidden={!open}
          className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-300 bg-white shadow-lg"
        >
          {hits.map((h, i) => (
            <li
              key={key(h)}
              id={`${listId}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-sky-100" : ""}`}
              onMouseDown={(e) => {
                e.preventDefault();
                add(h);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="font-medium">{h.name}</span>{" "}
              <span className="text-slate-600">
                · {tu(h.type)} · <span className="font-mono">{h.code}</span> · n = {h.n}
              </span>
            </li>
          ))}
          {hits.length === 0 && <li className="px-3 py-2 text-sm text-slate-600">{t("noHits", { query: query.trim() })}</li>}
        </ul>
        <p className="sr-only" role="status" aria-live="polite">
          {busy ? t("searching") : open ? t("hits", { count: hits.length }) : ""}
        </p>
      </div>
      <div>
        <p className="text-sm font-medium">{t("selected", { count: picked.length, max: MAX })}</p>
        <ul className="mt-1 flex flex-wrap gap-2" data-testid="picked">
          {picked.map((p) => (
            <li key={key(p)} className="flex items-center gap-1 rounded-full border border-slate-300 bg-white py-0.5 pl-3 pr-1 text-sm">
              <span>
                {p.name} <span className="text-slate-600">({tu(p.type)})</span>
              </span>
              <button
                type="button"
                className="rounded-full px-2 py-0.5 font-bold text-slate-700 hover:bg-slate-200 focus:outline-2"
                aria-label={t("remove", { name: p.name })}
                onClick={() => setPicked(picked.filter((x) => key(x) !== key(p)))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        {note && (
          <p role="alert" className="mt-1 text-sm text-red-800">
            {note}
          </p>
        )}
      </div>
      <div>
        <button type="submit" className="btn" disabled={picked.length < 2}>
          {t("compare")}
        </button>
        {picked.length < 2 && <span className="ml-2 text-sm text-slate-600">{t("needTwo")}</span>}
      </div>
    </form>
  );
}
