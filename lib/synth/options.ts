import { z } from "zod";
import type { RoundProvenance } from "@/lib/surveys/provenance";
import { roundCodeSchema } from "@/lib/surveys/round-schema";

const count = (max: number) => z.coerce.number().int("whole").min(1, "min").max(max, "max");

/** What `cli synth` accepts; the year is the fieldwork (and PKTD) year of the generated round. */
export const synthOptionsSchema = z.object({
  villages: count(200_000),
  respondents: count(10_000_000),
  seed: z.coerce.number().int("whole").min(0).max(2 ** 32 - 1).default(2019),
  round: roundCodeSchema.optional(),
  year: z.coerce.number().int().min(2015).max(2100).default(2025),
});

export type SynthOptions = z.output<typeof synthOptionsSchema>;

export const defaultSynthRoundCode = (o: Pick<SynthOptions, "villages" | "respondents" | "seed">) => `SYNTH-${o.villages}V-${o.respondents}R-S${o.seed}`;

/**
 * The round's own account of where its numbers come from: all of them generated, which the
 * round's origin says once (no field is listed as illustrative on top of it).
 */
export function synthProvenance(o: Pick<SynthOptions, "villages" | "respondents" | "seed" | "year">): RoundProvenance {
  const what = `${o.respondents} respondents in ${o.villages} villages, seed ${o.seed}, year ${o.year}`;
  return {
    method: {
      id: `Data sintetis dari perintah \`synth\` (${what}): jawaban dibangkitkan dengan efek acak per provinsi, kabupaten, kecamatan dan desa; bukan hasil survei.`,
      en: `Synthetic data from the \`synth\` command (${what}): answers generated with random effects per province, regency, district and village; not a survey.`,
    },
    reconstructedFields: [],
    illustrativeFields: [],
    assumptions: [
      { id: "Sekitar satu sentra per 20 responden; 85% desa punya catatan PKTD tahun putaran.", en: "About one cluster per 20 respondents; 85% of villages have a PKTD record of the round's year." },
    ],
    tables: [],
  };
}
