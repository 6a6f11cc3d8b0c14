CREATE TABLE "answer_counts" (
	"round_id" integer NOT NULL,
	"rubric_version" text NOT NULL,
	"regency_code" text NOT NULL,
	"respondents" integer NOT NULL,
	"counts" jsonb NOT NULL,
	"inputs_hash" text NOT NULL,
	CONSTRAINT "answer_counts_round_id_rubric_version_regency_code_pk" PRIMARY KEY("round_id","rubric_version","regency_code")
);
--> statement-breakpoint
ALTER TABLE "answer_counts" ADD CONSTRAINT "answer_counts_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_counts" ADD CONSTRAINT "answer_counts_rubric_version_rubric_versions_version_fk" FOREIGN KEY ("rubric_version") REFERENCES "public"."rubric_versions"("version") ON DELETE cascade ON UPDATE no action;