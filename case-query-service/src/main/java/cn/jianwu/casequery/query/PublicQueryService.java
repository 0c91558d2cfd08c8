package cn.jianwu.casequery.query;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.jianwu.casequery.alert.LockoutAlerts;
import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.casequery.audit.AuditEntry;
import cn.jianwu.casequery.audit.QueryAudit;
import cn.jianwu.casequery.api.query.QueryOutcome;
import cn.jianwu.casequery.casefile.CaseViews;
import cn.jianwu.casequery.credential.CredentialMatch;
import cn.jianwu.casequery.credential.Credentials;
import cn.jianwu.casequery.hashing.KeyedHash;
import cn.jianwu.platform.lockout.LockEscalation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Service;

/**
 * The query with a credential, the same on every channel. It does the same work whatever
 * the outcome (hash the code, one PostgreSQL lookup, one Redis round trip that counts the
 * attempt, audit), and the channels answer every failure alike and no sooner than
 * {@code failure-min-duration} after the request arrived: an unknown code, wrong digits,
 * a revoked credential and a locked code cannot be told apart by status, body or timing.
 * A code locks after {@code max-failures} failures for {@code lock-duration}, each
 * further lock twice as long, and the {@code escalation.final-lock-after}-th within the
 * window until the desk re-issues the credential (platform-support's
 * {@link LockEscalation}); a repeated lock of a credential's code raises an alert for
 * case management. A client that asks too often is throttled before anything is checked.
 */
@Service
public class PublicQueryService {

	private static final byte[] NO_DIGITS = "????".getBytes(StandardCharsets.US_ASCII);

	private final KeyedHash hash;

	private final Credentials credentials;

	private final AttemptCounters counters;

	private final CaseViews views;

	private final QueryAudit audit;

	private final QueryProperties properties;

	private final Clock clock;

	private final MeterRegistry meters;

	private final Map<String, Counter> queryMeters = new ConcurrentHashMap<>();

	private final ClientAllowances allowances;

	private final LockEscalation escalation;

	private final LockoutAlerts alerts;

	PublicQueryService(KeyedHash hash, Credentials credentials, AttemptCounters counters, CaseViews views,
			QueryAudit audit, QueryProperties properties, Clock clock, MeterRegistry meters, LockoutAlerts alerts) {
		this.hash = hash;
		this.credentials = credentials;
		this.counters = counters;
		this.views = views;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
		this.meters = meters;
		this.allowances = new ClientAllowances(properties);
		this.escalation = properties.lockEscalation();
		this.alerts = alerts;
	}

	public QueryResult query(QueryAttempt attempt) {
		long started = System.nanoTime();
		Instant now = this.clock.instant();
		byte[] codeHash = this.hash.queryCode(attempt.queryCode());
		String client = this.hash.client(attempt.clientKey());
		CredentialMatch match = this.credentials.lookup(codeHash);
		byte[] stored = (match.idLast4() != null) ? match.idLast4().getBytes(StandardCharsets.US_ASCII) : NO_DIGITS;
		boolean digitsMatch = KeyedHash.same(stored, attempt.idLast4().getBytes(StandardCharsets.US_ASCII));
		boolean right = match.found() && match.active() && digitsMatch;
		String viewKey = match.found() ? CaseViews.key(match.caseNumber(), match.caseVersion()) : CaseViews.ABSENT;
		ClientAllowances.Allowance allowance = this.allowances.of(attempt.channel(), attempt.clientKey());
		// the lock this attempt would bring, should it be the one that locks the code
		LockEscalation.Lock nextLock = this.escalation.next(match.lockHistory(), now);
		AttemptCounters.Counted counted = this.counters.count(allowance.keyPrefix() + client, allowance.max(), codeHash,
				right, match.lockedAt(now), viewKey, nextLock.duration(now, this.escalation.window()));
		if (counted.throttled()) {
			this.counters.undo(codeHash, right, counted);
			finish(now, attempt.channel(), QueryOutcome.THROTTLED, false, client, null);
			return QueryResult.throttled();
		}
		if (right && !counted.locked()) {
			if (match.hasLockoutRow()) {
				this.counters.forgetInPostgres(codeHash);
			}
			byte[] view = this.views.json(match.caseId(), match.caseNumber(), match.caseVersion(),
					counted.cachedView());
			finish(now, attempt.channel(), QueryOutcome.SUCCESS, false, client, match.caseNumber());
			return QueryResult.success(view, match.caseNumber(), match.credentialId());
		}
		QueryOutcome outcome;
		if (counted.locked()) {
			outcome = QueryOutcome.LOCKED;
		}
		else if (!match.found()) {
			outcome = QueryOutcome.UNKNOWN_CODE;
		}
		else if (!match.active()) {
			outcome = QueryOutcome.REVOKED;
		}
		else {
			outcome = QueryOutcome.WRONG_ID;
		}
		if (counted.locksNow()) {
			this.counters.lock(codeHash, counted, nextLock, now);
			this.meters.counter("casequery.lockouts", "channel", attempt.channel().name()).increment();
			if (match.found()) {
				this.alerts.raise(match.credentialId(), match.caseNumber(), nextLock, now);
			}
		}
		finish(now, attempt.channel(), outcome, counted.locksNow(), client, null);
		boolean untilReissue = match.lockedUntilReissue() || (counted.locksNow() && nextLock.untilReissue());
		return QueryResult.failure(started + this.properties.failureMinDuration().toNanos(), untilReissue);
	}

	private void finish(Instant at, QueryChannel channel, QueryOutcome outcome, boolean locksNow, String client,
			String caseNumber) {
		this.audit.record(AuditEntry.query(at, channel, outcome, locksNow, client, caseNumber));
		this.queryMeters
			.computeIfAbsent(channel.name() + "/" + outcome.name(),
					(key) -> this.meters.counter("casequery.queries", "channel", channel.name(), "outcome",
							outcome.name()))
			.increment();
	}

}
