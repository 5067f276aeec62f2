CREATE TABLE `representation_checks` (
	`attempt_id` text NOT NULL,
	`question_id` text NOT NULL,
	`qualifiers` text NOT NULL,
	`checked_at` integer NOT NULL,
	PRIMARY KEY(`attempt_id`, `question_id`),
	FOREIGN KEY (`attempt_id`) REFERENCES `attempts`(`id`) ON UPDATE no action ON DELETE cascade
);
