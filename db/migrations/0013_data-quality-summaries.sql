CREATE TYPE "public"."quality_issue_kind" AS ENUM('out_of_pattern', 'duplicate');--> statement-breakpoint
CREATE TABLE "quality_counts" (
	"round_id" integer NOT NULL,
	"village_code" text NOT NULL,
	"cluster_code" text,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_issues" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"kind" "quality_issue_kind" NOT NULL,
	"village_code" text NOT NULL,
	"respondent_id" text NOT NULL,
	"field" text,
	"value" text,
	"rule" text,
	"ordinal" integer,
	"respondent_ids" text[]
);
--> statement-breakpoint
CREATE TABLE "quality_summaries" (
	"round_id" integer NOT NULL,
	"regency_code" text NOT NULL,
	"n" integer NOT NULL,
	"missing" jsonb NOT NULL,
	"inputs_hash" text NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quality_summaries_round_id_regency_code_pk" PRIMARY KEY("round_id","regency_code")
);
--> statement-breakpoint
ALTER TABLE "quality_counts" ADD CONSTRAINT "quality_counts_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_issues" ADD CONSTRAINT "quality_issues_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_summaries" ADD CONSTRAINT "quality_summaries_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quality_counts_round_village_idx" ON "quality_counts" USING btree ("round_id","village_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "quality_issues_round_kind_village_idx" ON "quality_issues" USING btree ("round_id","kind","village_code" text_pattern_ops);