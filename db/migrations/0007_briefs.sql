CREATE TYPE "public"."brief_language" AS ENUM('id', 'en');--> statement-breakpoint
CREATE TYPE "public"."brief_status" AS ENUM('draft', 'in_review', 'approved', 'published');--> statement-breakpoint
CREATE TYPE "public"."brief_version_kind" AS ENUM('generated', 'edited', 'regenerated', 'restored', 'reopened');--> statement-breakpoint
CREATE TABLE "brief_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"brief_id" integer NOT NULL,
	"action" text NOT NULL,
	"from_status" "brief_status" NOT NULL,
	"to_status" "brief_status" NOT NULL,
	"version" integer NOT NULL,
	"comment" text,
	"actor_id" integer,
	"actor_username" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "brief_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"brief_id" integer NOT NULL,
	"version" integer NOT NULL,
	"kind" "brief_version_kind" NOT NULL,
	"document" jsonb NOT NULL,
	"detail" jsonb,
	"author_id" integer,
	"author_username" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brief_versions_uq" UNIQUE("brief_id","version")
);
--> statement-breakpoint
CREATE TABLE "briefs" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_type" "unit_type" NOT NULL,
	"unit_code" text NOT NULL,
	"unit_name" text NOT NULL,
	"region_code" text NOT NULL,
	"round_id" integer NOT NULL,
	"rubric_version" text NOT NULL,
	"language" "brief_language" NOT NULL,
	"status" "brief_status" DEFAULT 'draft' NOT NULL,
	"current_version" integer NOT NULL,
	"published_version" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "brief_events" ADD CONSTRAINT "brief_events_brief_id_briefs_id_fk" FOREIGN KEY ("brief_id") REFERENCES "public"."briefs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brief_events" ADD CONSTRAINT "brief_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brief_versions" ADD CONSTRAINT "brief_versions_brief_id_briefs_id_fk" FOREIGN KEY ("brief_id") REFERENCES "public"."briefs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brief_versions" ADD CONSTRAINT "brief_versions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefs" ADD CONSTRAINT "briefs_round_id_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefs" ADD CONSTRAINT "briefs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "brief_events_brief_idx" ON "brief_events" USING btree ("brief_id","at");--> statement-breakpoint
CREATE INDEX "briefs_region_idx" ON "briefs" USING btree ("region_code" text_pattern_ops,"updated_at");