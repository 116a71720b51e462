select r.id, p.reference as product_reference, p.title as product_title, p.kind as product_kind, r.order_id,
       r.course_start, r.course_end, r.cost_pence, r.status
  from registrations r join products p on p.id = r.product_id
 where r.learner_id = :learnerId
 order by r.course_start desc, r.id desc
