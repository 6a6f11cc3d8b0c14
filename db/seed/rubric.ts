import { RUBRIC_V1 } from "@/lib/scoring/rubric";
import type { Db } from "../client";
import { insertRubricVersion } from "../queries/scores";

/** Rubric v1 of rubric.md as data, locked: revisions are copies. Existing rows are kept. */
export async function seedRubricV1(db: Db) {
  await insertRubricVersion(db, { version: RUBRIC_V1.version, label: RUBRIC_V1.label.id, basedOn: null, definition: RUBRIC_V1, locked: true });
}
