package cn.jianwu.disclosure.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import cn.jianwu.disclosure.api.identity.LoginAlertView;
import cn.jianwu.disclosure.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Repeated failed logins of an existing account: a row the administrators' console lists
 * and an entry of the hash-chained audit trail, in one transaction, and a warning in the
 * log. The client's address appears only masked, passwords never.
 */
class LoginAlerts {

	private static final Logger log = LoggerFactory.getLogger(LoginAlerts.class);

	/** What the console shows at most. */
	static final int RECENT = 50;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	LoginAlerts(JdbcClient jdbc, AuditTrail audit, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.transactions = transactions;
	}

	void raise(String username, int failures, String clientAddress, Instant at) {
		String client = MaskedAddress.of(clientAddress);
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("INSERT INTO login_alert (username, failures, client_masked, at) VALUES (:u, :f, :c, :at)")
				.param("u", username)
				.param("f", failures)
				.param("c", client)
				.param("at", Timestamp.from(at))
				.update();
			this.audit.appendAccessEvent(AuditTrail.LOGIN_FAILURES, username,
					"账号登录连续失败 " + failures + " 次（最近一次来源 " + client + "）", at);
		});
		log.warn("Repeated login failures for {}: {} within the window, latest from {}", username, failures, client);
	}

	List<LoginAlertView> recent() {
		return this.jdbc
			.sql("SELECT username, at, failures, client_masked FROM login_alert ORDER BY at DESC, id DESC LIMIT :n")
			.param("n", RECENT)
			.query((rs, row) -> new LoginAlertView(rs.getString("username"), rs.getTimestamp("at").toInstant(),
					rs.getInt("failures"), rs.getString("client_masked")))
			.list();
	}

}
