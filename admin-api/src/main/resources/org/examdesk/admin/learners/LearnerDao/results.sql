select p.reference as product_reference, p.title as product_title, u.code as unit_code, u.title as unit_title,
       lr.grade, lr.awarded_at
  from learner_results lr
  join products p on p.id = lr.product_id
  left join product_units u on u.id = lr.unit_id
 where lr.learner_id = :learnerId
 order by p.reference, u.code nulls first
