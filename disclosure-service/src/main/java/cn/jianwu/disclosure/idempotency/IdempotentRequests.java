package cn.jianwu.disclosure.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;

import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemRepository;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a staff request that creates or decides at most once per {@code Idempotency-Key}
 * and account: a retry (a client that lost the answer, a double click) gets the item the
 * first request made or decided on, instead of a second draft or a second approval.
 * <p>
 * The key is claimed in the same transaction as the change: a request that fails leaves
 * no key behind and may be retried; a concurrent retry waits on the key's row until the
 * first commits, then is answered from it.
 */
@Component
public class IdempotentRequests {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ItemRepository items;

	private final Clock clock;

	private final JsonMapper json;

	private final Duration ttl;

	IdempotentRequests(JdbcClient jdbc, TransactionTemplate transactions, ItemRepository items, Clock clock,
			JsonMapper json, @Value("${jianwu.idempotency.ttl:24h}") Duration ttl) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.items = items;
		this.clock = clock;
		this.json = json;
		this.ttl = ttl;
	}

	/**
	 * The item {@code action} returns, or, for a key this account used before, the item
	 * that request returned.
	 * @param username whose key it is
	 * @param key the header's value, {@code null} when the client sent none
	 * @param endpoint the request's method and path
	 * @param body the request's body, {@code null} when it had none
	 * @param action the request's work
	 * @return the item to answer with
	 */
	public DisclosureItem once(String username, String key, String endpoint, Object body,
			Supplier<DisclosureItem> action) {
		if (key == null) {
			return action.get();
		}
		String checked = IdempotencyKey.checked(key);
		String fingerprint = IdempotencyKey.fingerprint(endpoint, this.json.writeValueAsString(body));
		return this.transactions.execute((tx) -> {
			OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
			this.jdbc
				.sql("DELETE FROM idempotency_key WHERE username = :user AND request_key = :key AND expires_at <= :now")
				.param("user", username)
				.param("key", checked)
				.param("now", now)
				.update();
			int claimed = this.jdbc.sql("""
					INSERT INTO idempotency_key (username, request_key, fingerprint, created_at, expires_at)
					VALUES (:user, :key, :fingerprint, :now, :expires) ON CONFLICT DO NOTHING""")
				.param("user", username)
				.param("key", checked)
				.param("fingerprint", fingerprint)
				.param("now", now)
				.param("expires", now.plus(this.ttl))
				.update();
			return (claimed == 1) ? first(username, checked, action) : replay(username, checked, fingerprint);
		});
	}

	private DisclosureItem first(String username, String key, Supplier<DisclosureItem> action) {
		DisclosureItem item = action.get();
		this.jdbc.sql("UPDATE idempotency_key SET item_id = :item WHERE username = :user AND request_key = :key")
			.param("item", item.id())
			.param("user", username)
			.param("key", key)
			.update();
		return item;
	}

	private DisclosureItem replay(String username, String key, String fingerprint) {
		Claim claim = this.jdbc
			.sql("SELECT fingerprint, item_id FROM idempotency_key WHERE username = :user AND request_key = :key")
			.param("user", username)
			.param("key", key)
			.query((rows, n) -> new Claim(rows.getString(1), rows.getObject(2, UUID.class)))
			.single();
		if (!claim.fingerprint().equals(fingerprint)) {
			throw IdempotencyKey.reused();
		}
		return this.items.get(claim.itemId());
	}

	/** Expired keys are only kept out of the way; deleting them keeps the table small. */
	@Scheduled(fixedDelayString = "${jianwu.idempotency.purge-every:1h}",
			initialDelayString = "${jianwu.idempotency.purge-every:1h}")
	void purgeExpired() {
		Instant now = this.clock.instant();
		this.jdbc.sql("DELETE FROM idempotency_key WHERE expires_at <= :now")
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	private record Claim(String fingerprint, UUID itemId) {
	}

}
