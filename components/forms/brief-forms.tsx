"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions";
import { FormStatus } from "./form-parts";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** A brief's form (generate, edit, workflow, restore): fields from the page, answer announced. */
export function BriefActionForm(props: { action: Action; children: React.ReactNode; submit: string; testId?: string; secondary?: boolean }) {
  const [state, formAction, pending] = useActionState(props.action, { ok: true });
  return (
    <form action={formAction} className="flex flex-col gap-2" data-testid={props.testId}>
      <FormStatus state={state} />
      {props.children}
      <div>
        <button type="submit" className={props.secondary ? "btn-secondary" : "btn"} disabled={pending}>
          {props.submit}
        </button>
      </div>
    </form>
  );
}
