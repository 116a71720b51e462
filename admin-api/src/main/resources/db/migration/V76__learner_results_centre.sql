-- The results search (GET /api/v1/learner-results, ResultSearch) at one centre filters on grade and product: with
-- the centre only on learners, a large centre's count read every result of every learner there (52,000 at a
-- centre of 14,600 learners). Each result now carries its learner's centre, kept by the two triggers below, so
-- the centre's results by grade or product are one range of one index, counted from the index alone.
alter table learner_results add column centre_id bigint references centres (id);
update learner_results lr set centre_id = l.centre_id from learners l where l.id = lr.learner_id;
alter table learner_results alter column centre_id set not null;

-- A result takes its learner's centre; whoever writes results does not name it.
create function learner_results_centre() returns trigger
    language plpgsql
as $$
begin
    select l.centre_id into new.centre_id from learners l where l.id = new.learner_id;
    return new;
end
$$;
create trigger learner_results_centre before insert or update of learner_id on learner_results
    for each row execute function learner_results_centre();

-- Should a learner ever move centre, their results move with them.
create function learners_centre_moved() returns trigger
    language plpgsql
as $$
begin
    update learner_results set centre_id = new.centre_id where learner_id = new.id;
    return null;
end
$$;
create trigger learners_centre_moved after update of centre_id on learners
    for each row when (old.centre_id is distinct from new.centre_id) execute function learners_centre_moved();

-- results at one centre by grade, by grade and product, and by product (a range of the centre, product checked
-- in the index): counted with an index-only scan.
create index learner_results_centre_idx on learner_results (centre_id, grade, product_id);
alter table learner_results alter column centre_id set statistics 1000;

-- How many results each product has of each grade (a BTEC has many D*, a pass/fail product none): without it the
-- planner multiplies the two frequencies and misjudges a product and grade search by tenfold or more.
create statistics learner_results_product_grade (mcv) on product_id, grade from learner_results;
alter statistics learner_results_product_grade set statistics 1000;
