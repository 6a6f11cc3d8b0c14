CREATE TABLE "import_staging" (
	"batch" uuid NOT NULL,
	"line" integer NOT NULL,
	"respondent_id" text NOT NULL,
	"village_code" text NOT NULL,
	"cluster_code" text,
	"answers" jsonb NOT NULL,
	"row_hash" text NOT NULL,
	"staged_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_staging_batch_line_pk" PRIMARY KEY("batch","line")
);
