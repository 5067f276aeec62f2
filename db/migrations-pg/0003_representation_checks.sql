CREATE TABLE "representation_checks" (
	"attempt_id" text NOT NULL,
	"question_id" text NOT NULL,
	"qualifiers" jsonb NOT NULL,
	"checked_at" bigint NOT NULL,
	CONSTRAINT "representation_checks_attempt_id_question_id_pk" PRIMARY KEY("attempt_id","question_id")
);
--> statement-breakpoint
ALTER TABLE "representation_checks" ADD CONSTRAINT "representation_checks_attempt_id_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempts"("id") ON DELETE cascade ON UPDATE no action;