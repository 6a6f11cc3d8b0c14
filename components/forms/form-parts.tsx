"use client";

import type { ActionState } from "@/lib/actions";

/** The summary at the top of a form: announced to screen readers. */
export function FormStatus({ state }: { state: ActionState }) {
  return (
    <div aria-live="polite">
      {state.message && (
        <p
          role={state.ok ? "status" : "alert"}
          className={`rounded-md border p-3 text-sm ${state.ok ? "border-pass bg-emerald-50 text-emerald-900" : "border-fail bg-red-50 text-red-900"}`}
        >
          {state.message}
        </p>
      )}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-800">
      {message}
    </p>
  );
}

export function TextField(props: {
  name: string;
  label: string;
  state: ActionState;
  defaultValue?: string;
  type?: string;
  hint?: string;
  autoComplete?: string;
}) {
  const error = props.state.fieldErrors?.[props.name];
  const kept = props.state.values?.[props.name];
  const value = typeof kept === "string" ? kept : props.defaultValue;
  const describedBy = [error ? `${props.name}-error` : null, props.hint ? `${props.name}-hint` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={props.name} className="label">
        {props.label}
      </label>
      {props.hint && (
        <p id={`${props.name}-hint`} className="text-xs text-slate-600">
          {props.hint}
        </p>
      )}
      <input
        id={props.name}
        name={props.name}
        type={props.type ?? "text"}
        defaultValue={value}
        key={value}
        autoComplete={props.autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="field"
      />
      <FieldError id={`${props.name}-error`} message={error} />
    </div>
  );
}
