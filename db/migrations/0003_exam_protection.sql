ALTER TABLE `assignments` ADD `hide_from_practice` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `assignments` ADD `correction_release` text DEFAULT 'end' NOT NULL;--> statement-breakpoint
ALTER TABLE `assignments` ADD `before_release` text DEFAULT 'mark' NOT NULL;--> statement-breakpoint
ALTER TABLE `assignments` ADD `correction_released_at` integer;--> statement-breakpoint
ALTER TABLE `attempts` ADD `closed_reason` text;