package cn.jianwu.channel.wechat.casequery;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Who follows which case's progress ({@code case_binding}), and the notices sent. */
@Repository
class CaseBindings {

	private final JdbcClient jdbc;

	CaseBindings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Binds the user to the credential unless they already are or follow too many cases.
	 */
	@Transactional
	BindResult bind(String openId, UUID credentialRef, String caseNumber, int maxPerUser) {
		// one user's bindings are decided one at a time, so the limit holds under
		// concurrent messages
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:openId))").param("openId", openId).query().singleRow();
		List<UUID> existing = this.jdbc.sql("SELECT credential_ref FROM case_binding WHERE open_id = :openId")
			.param("openId", openId)
			.query(UUID.class)
			.list();
		if (existing.contains(credentialRef)) {
			return BindResult.ALREADY_BOUND;
		}
		if (existing.size() >= maxPerUser) {
			return BindResult.TOO_MANY;
		}
		this.jdbc
			.sql("INSERT INTO case_binding (open_id, credential_ref, case_number) VALUES (:openId, :ref, :caseNumber)")
			.param("openId", openId)
			.param("ref", credentialRef)
			.param("caseNumber", caseNumber)
			.update();
		return BindResult.BOUND;
	}

	/**
	 * @return how many bindings the user had
	 */
	int unbindAll(String openId) {
		return this.jdbc.sql("DELETE FROM case_binding WHERE open_id = :openId").param("openId", openId).update();
	}

	void unbind(long bindingId) {
		this.jdbc.sql("DELETE FROM case_binding WHERE id = :id").param("id", bindingId).update();
	}

	List<Binding> ofCase(String caseNumber) {
		return this.jdbc
			.sql("SELECT id, open_id, credential_ref, bound_at FROM case_binding WHERE case_number = :caseNumber"
					+ " ORDER BY id")
			.param("caseNumber", caseNumber)
			.query((rs, row) -> new Binding(rs.getLong("id"), rs.getString("open_id"),
					rs.getObject("credential_ref", UUID.class), rs.getObject("bound_at", OffsetDateTime.class)))
			.list();
	}

	boolean notified(String eventId, long bindingId) {
		return this.jdbc.sql("SELECT count(*) FROM progress_notice WHERE event_id = :eventId AND binding_id = :id")
			.param("eventId", eventId)
			.param("id", bindingId)
			.query(Integer.class)
			.single() > 0;
	}

	void recordNotice(String eventId, long bindingId, String msgId) {
		this.jdbc
			.sql("INSERT INTO progress_notice (event_id, binding_id, msg_id) VALUES (:eventId, :id, :msgId)"
					+ " ON CONFLICT DO NOTHING")
			.param("eventId", eventId)
			.param("id", bindingId)
			.param("msgId", msgId)
			.update();
	}

	enum BindResult {

		BOUND, ALREADY_BOUND, TOO_MANY

	}

	/**
	 * @param id the binding
	 * @param openId whom to notify (personal data: never log it)
	 * @param credentialRef the credential it was made with
	 * @param boundAt when
	 */
	record Binding(long id, String openId, UUID credentialRef, OffsetDateTime boundAt) {

		@Override
		public String toString() {
			return "Binding[" + this.id + "]";
		}

	}

}
