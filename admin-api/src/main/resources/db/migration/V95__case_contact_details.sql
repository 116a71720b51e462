-- The contact form (seed 004) asks for phone, country, language and institution as well as name and email;
-- cases opened before this keep nulls there.
alter table cases
    add column contact_country     text,
    add column contact_language    text,
    add column contact_institution text;
