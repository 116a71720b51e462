-- The accounts feature owns centres. This read-only view is the part of a centre other features may join in their
-- own reads (a student's or a learner's centre, in one row and in the paged searches): its number and name, and its
-- parent. The join to the parent makes the view not updatable; PostgreSQL drops that join when its columns are
-- not asked for, so joining the view costs what joining centres did.
create view centre_refs as
select c.id, c.number, c.name, c.parent_id, p.name as parent_name
  from centres c left join centres p on p.id = c.parent_id;
