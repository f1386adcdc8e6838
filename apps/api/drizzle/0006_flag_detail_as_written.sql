-- A flag's detail is kept as the rule wrote it (json, not jsonb, which sorts keys by length), so
-- its values read in the rule's order; it is only ever read whole. Flags stored before keep the
-- order jsonb gave them.
ALTER TABLE "flags" ALTER COLUMN "detail" SET DATA TYPE json USING "detail"::json;
