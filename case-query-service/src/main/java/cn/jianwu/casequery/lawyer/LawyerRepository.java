package cn.jianwu.casequery.lawyer;

import java.util.Optional;

import cn.jianwu.casequery.api.casefile.PersonRole;
import cn.jianwu.casequery.api.lawyer.LawyerCheck;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the case's current defenders and agents ({@code authorised_person}). */
@Repository
class LawyerRepository {

	private final JdbcClient jdbc;

	LawyerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The acting lawyer with this licence on the case: a person not removed, in the role
	 * {@code DEFENDER} or {@code AGENT}.
	 */
	Optional<LawyerCheck> acting(String caseNumber, String licenceNumber) {
		return this.jdbc.sql("""
				SELECT p.role, c.department FROM authorised_person p JOIN case_file c ON c.id = p.case_id
				WHERE c.case_number = :caseNumber AND p.licence_number = :licence AND p.removed_at IS NULL
				  AND p.role IN ('DEFENDER', 'AGENT')
				ORDER BY p.id LIMIT 1
				""")
			.param("caseNumber", caseNumber)
			.param("licence", licenceNumber)
			.query((rs, row) -> new LawyerCheck(true, PersonRole.valueOf(rs.getString("role")),
					rs.getString("department")))
			.optional();
	}

}
