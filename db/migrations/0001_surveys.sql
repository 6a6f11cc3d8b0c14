CREATE TYPE "public"."data_origin" AS ENUM('survey', 'reconstruction', 'illustration');--> statement-breakpoint
CREATE TYPE "public"."import_kind" AS ENUM('respondents', 'clusters', 'pktd');--> statement-breakpoint
CREATE TYPE "public"."import_mode" AS ENUM('all', 'valid_only');--> statement-breakpoint
CREATE TABLE "clusters" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"village_code" text NOT NULL,
	"product" text,
	"year_established" integer,
	"legal_entity" text,
	"row_hash" text,
	CONSTRAINT "clusters_round_code_uq" UNIQUE("round_id","code")
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" "import_kind" NOT NULL,
	"round_id" integer,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"mode" "import_mode" NOT NULL,
	"actor_id" integer,
	"actor_username" text NOT NULL,
	"counts" jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pending_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "import_kind" NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"round" jsonb,
	"actor_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pktd_records" (
	"village_code" text NOT NULL,
	"year" integer NOT NULL,
	"data" jsonb NOT NULL,
	"row_hash" text NOT NULL,
	"origin" "data_origin" DEFAULT 'survey' NOT NULL,
	"import_id" integer,
	CONSTRAINT "pktd_records_village_code_year_pk" PRIMARY KEY("village_code","year")
);
--> statement-breakpoint
CREATE TABLE "respondents" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"respondent_id" text NOT NULL,
	"village_code" text NOT NULL,
	"cluster_code" text,
	"answers" jsonb NOT NULL,
	"row_hash" text NOT NULL,
	"import_id" integer,
	CONSTRAINT "respondents_round_respondent_uq" UNIQUE("round_id","respondent_id")
);
--> statement-breakpoint
CREATE TABLE "survey_rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"period_start" date,
	"period_end" date,
	"region_code" text,
	"source" text NOT NULL,
	"licence" text NOT NULL,
	"rubric_version" text DEFAULT 'rubrik-2019-v1' NOT NULL,
	"origin" "data_origin" DEFAULT 'survey' NOT NULL,
	"provenance" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_rounds_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "clusters" ADD CONSTRAINT "clusters_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters" ADD CONSTRAINT "clusters_village_code_regions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pending_imports" ADD CONSTRAINT "pending_imports_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pktd_records" ADD CONSTRAINT "pktd_records_village_code_regions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondents" ADD CONSTRAINT "respondents_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondents" ADD CONSTRAINT "respondents_village_code_regions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_rounds" ADD CONSTRAINT "survey_rounds_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imports_round_at_idx" ON "imports" USING btree ("round_id","at");--> statement-breakpoint
CREATE INDEX "respondents_round_village_idx" ON "respondents" USING btree ("round_id","village_code" text_pattern_ops);