"use client";

import { useEffect, useId, useRef, useState } from "react";

export type RegionOption = { code: string; name: string; level: string; parents: string };

export type RegionPickerTexts = {
  label: string;
  hint: string;
  /** "{count} results" announced to screen readers; {count} is replaced */
  results: string;
  none: string;
  clear: string;
  /** the accessible name of the suggestion list */
  suggestions: string;
};

/**
 * Search-as-you-type region filter (ARIA 1.2 combobox with a listbox): type a name or a code,
 * pick with the arrows and Enter (or a click); the form submits the Kemendagri code in a
 * hidden field called `name`. Suggestions come from /regions/suggest, within the user's regions.
 */
export function RegionPicker({
  name,
  initial,
  texts,
  id: givenId,
  levels,
  required,
}: {
  name: string;
  initial: RegionOption | null;
  texts: RegionPickerTexts;
  id?: string;
  /** only these levels are offered (the map takes provinces, regencies and districts) */
  levels?: readonly string[];
  required?: boolean;
}) {
  const autoId = useId();
  const id = givenId ?? `region-picker-${autoId}`;
  const listId = `${id}-list`;
  const [query, setQuery] = useState(initial ? display(initial) : "");
  const [code, setCode] = useState(initial?.code ?? "");
  const [options, setOptions] = useState<RegionOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useRef(false);

  useEffect(() => {
    if (!typed.current) return;
    const q = query.trim();
    if (q.length < 2) {
      setOptions([]);
      return;
    }
    const controller = new AbortController();
    // a short pause so that each keystroke does not send a request
    const timer = setTimeout(() => {
      fetch(`/regions/suggest?q=${encodeURIComponent(q)}${levels ? `&levels=${levels.join(",")}` : ""}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : []))
        .then((found: RegionOption[]) => {
          setOptions(found);
          setActive(found.length ? 0 : -1);
          setOpen(true);
        })
        .catch(() => undefined);
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, levels]);

  const choose = (o: RegionOption) => {
    typed.current = false;
    setCode(o.code);
    setQuery(display(o));
    setOpen(false);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter" && open && active >= 0 && options[active]) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  };

  const expanded = open && query.trim().length >= 2;
  return (
    <div className="relative">
      <label htmlFor={id} className="label">
        {texts.label}
      </label>
      <div className="flex gap-1">
        <input
          id={id}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          required={required}
          className="field min-w-0"
          value={query}
          onChange={(e) => {
            typed.current = true;
            setQuery(e.target.value);
            // a code typed in full works without picking from the list
            setCode(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/.test(e.target.value.trim()) ? e.target.value.trim() : "");
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        {code && (
          <button
            type="button"
            className="btn-secondary"
            onClick={() => {
              setCode("");
              setQuery("");
              setOptions([]);
            }}
          >
            {texts.clear}
          </button>
        )}
      </div>
      <input type="hidden" name={name} value={code} />
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {texts.hint}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={texts.suggestions}
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-72 w-full min-w-64 overflow-auto rounded border border-slate-300 bg-white shadow"
      >
        {options.map((o, i) => (
          <li
            key={o.code}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={`cursor-pointer px-2 py-1 text-sm ${i === active ? "bg-slate-200" : ""}`}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(o);
            }}
          >
            <span className="font-semibold">{o.name}</span>
            {o.parents && <span className="text-slate-700"> — {o.parents}</span>} <span className="font-mono text-xs text-slate-600">{o.code}</span>
          </li>
        ))}
        {expanded && options.length === 0 && <li className="px-2 py-1 text-sm text-slate-700">{texts.none}</li>}
      </ul>
      <p className="sr-only" aria-live="polite">
        {expanded ? texts.results.replace("{count}", String(options.length)) : ""}
      </p>
    </div>
  );
}

function display(o: RegionOption): string {
  return o.parents ? `${o.name} — ${o.parents}` : o.name;
}
