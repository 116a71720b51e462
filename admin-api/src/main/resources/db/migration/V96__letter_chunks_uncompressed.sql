-- The letter files are PDFs and zips of PDFs, compressed already: PostgreSQL's own compression of each 1 MiB chunk
-- (pglz, on by default for bytea) spent the server's time for almost nothing. Keep the chunks as they are, out of
-- line.
alter table results_file_chunks alter column data set storage external;
