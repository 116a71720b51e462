-- A demo case, written with the state its age gives it (see demo/DemoCase.java).
insert into cases (number, requester_user_id, requester_student_id, requester_centre_id,
    contact_name, contact_email, customer_type, issue_type, category, subcategory, qualification,
    qualification_subject, subject, description, support_option, status, queue, assigned_agent_id,
    target_days, due_at, first_response_at, target_missed_at, call_logged_at, created_at,
    updated_at, resolved_at, closed_at)
values (:number, :userId, :studentId, :centreId,
        :name, :email, :customerType, :issueType, :category, :subcategory, :qualification,
        :qualSubject, :subject, :description, :option, :status, :queue, :agent, :targetDays, :due,
        :responded, :missedAt, :callAt, :created, :updated, :resolved, :closed)
