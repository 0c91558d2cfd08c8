-- HALL_OFFICER (来信来访分办: triages the online service hall's messages in hall-service) joins the roles an account
-- may hold; without it the demo account office1, and any real hall officer, could not be stored.
ALTER TABLE staff_account DROP CONSTRAINT staff_account_roles_check;
ALTER TABLE staff_account ADD CONSTRAINT staff_account_roles_check CHECK (cardinality(roles) > 0 AND roles <@ ARRAY[
    'CLERK', 'SECTION_HEAD', 'DIVISION_LEADER', 'CHIEF', 'CASE_MANAGER', 'PRESS_OFFICER', 'HALL_OFFICER', 'SUPERVISOR',
    'ADMIN']::TEXT[]);
