package cn.jianwu.casequery.casefile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.jianwu.casequery.api.query.CaseView;
import cn.jianwu.casequery.redis.RedisGuard;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import redis.clients.jedis.params.SetParams;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The public view of a case, cached in Redis as the exact JSON the public query answers
 * (cache-aside). The key carries the case number and the case's version
 * ({@code cq:view:<case number>:<version>}), which every change bumps in the same
 * transaction, so a reader that looked the version up in PostgreSQL can never be served
 * an old view, even when an eviction was lost while Redis was unreachable; the old key is
 * deleted after the commit all the same.
 * <p>
 * Stampedes: within an instance, concurrent misses of one key share a single load (single
 * flight); across instances, the loader takes a short Redis lock ({@code SET NX PX}) and
 * the others wait for its result for a moment before they read PostgreSQL themselves
 * (without caching). Without Redis, views come from PostgreSQL.
 */
@Component
public class CaseViews {

	/** A key that never exists: read instead of a view when a code matches no case. */
	public static final String ABSENT = "cq:view:none";

	private static final String RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then "
			+ "return redis.call('DEL', KEYS[1]) else return 0 end";

	private static final long POLL_MILLIS = 20;

	private final CaseRepository cases;

	private final RedisGuard redis;

	private final JsonMapper json;

	private final CacheProperties properties;

	private final Map<String, CompletableFuture<byte[]>> inFlight = new ConcurrentHashMap<>();

	private final Counter loads;

	CaseViews(CaseRepository cases, RedisGuard redis, JsonMapper json, CacheProperties properties,
			MeterRegistry meters) {
		this.cases = cases;
		this.redis = redis;
		this.json = json;
		this.properties = properties;
		this.loads = Counter.builder("casequery.view.loads")
			.description("Public case views read from PostgreSQL (cache misses)")
			.register(meters);
	}

	/**
	 * The cache key of a case's view at a version. The case number, not the row id, so
	 * that databases that share a Redis (test runs, a staging copy) never share a key.
	 */
	public static String key(String caseNumber, long version) {
		return "cq:view:" + caseNumber + ":" + version;
	}

	/**
	 * The view's JSON: the cached bytes if the caller already fetched them, else loaded
	 * (and cached) once however many ask at the same time.
	 * @param caseId the case
	 * @param caseNumber its number
	 * @param version its current version
	 * @param cached what the caller read from the cache, or {@code null}
	 * @return the JSON
	 */
	public byte[] json(long caseId, String caseNumber, long version, byte[] cached) {
		if (cached != null) {
			return cached;
		}
		String key = key(caseNumber, version);
		CompletableFuture<byte[]> mine = new CompletableFuture<>();
		CompletableFuture<byte[]> leader = this.inFlight.putIfAbsent(key, mine);
		if (leader != null) {
			return awaitLeader(leader, caseId);
		}
		try {
			byte[] view = loadThroughLock(caseId, key);
			mine.complete(view);
			return view;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.inFlight.remove(key, mine);
		}
	}

	/** The view straight from PostgreSQL. */
	public Optional<CaseView> load(long caseId) {
		this.loads.increment();
		return this.cases.findById(caseId)
			.map((row) -> new CaseView(row.caseNumber(), row.caseName(), row.caseType(), row.department(),
					row.acceptedAt(), row.stage(), row.stageDate(), row.stageDeadline(), this.cases.steps(caseId),
					this.cases.measures(caseId)));
	}

	public CaseView read(byte[] view) {
		return this.json.readValue(view, CaseView.class);
	}

	/** Deletes a version's view once the current transaction has committed. */
	void evictAfterCommit(String caseNumber, long version) {
		String key = key(caseNumber, version);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					CaseViews.this.redis.run((jedis) -> jedis.del(key));
				}
			});
		}
		else {
			this.redis.run((jedis) -> jedis.del(key));
		}
	}

	private byte[] awaitLeader(CompletableFuture<byte[]> leader, long caseId) {
		try {
			return leader.get(this.properties.loadLock().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return serialise(caseId);
		}
		catch (ExecutionException | TimeoutException ex) {
			return serialise(caseId);
		}
	}

	private byte[] loadThroughLock(long caseId, String key) {
		String lockKey = key + ":loading";
		String token = UUID.randomUUID().toString();
		long lockMillis = this.properties.loadLock().toMillis();
		Boolean locked = this.redis.call(
				(jedis) -> "OK".equals(jedis.set(lockKey, token, SetParams.setParams().nx().px(lockMillis))),
				() -> null);
		if (locked == null) {
			// No Redis: answer from PostgreSQL, nothing to cache.
			return serialise(caseId);
		}
		byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
		if (!locked) {
			byte[] other = waitForOtherLoader(keyBytes);
			return (other != null) ? other : serialise(caseId);
		}
		try {
			// Another loader may have finished between our miss and our lock.
			byte[] cached = this.redis.call((jedis) -> jedis.get(keyBytes), () -> null);
			if (cached != null) {
				return cached;
			}
			byte[] view = serialise(caseId);
			long ttl = this.properties.viewTtl().toMillis();
			this.redis.run((jedis) -> jedis.set(keyBytes, view, SetParams.setParams().px(ttl)));
			return view;
		}
		finally {
			this.redis.run((jedis) -> jedis.eval(RELEASE, List.of(lockKey), List.of(token)));
		}
	}

	private byte[] waitForOtherLoader(byte[] key) {
		long deadline = System.nanoTime() + this.properties.waitForOtherLoader().toNanos();
		while (System.nanoTime() < deadline) {
			try {
				Thread.sleep(POLL_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
			byte[] view = this.redis.call((jedis) -> jedis.get(key), () -> null);
			if (view != null) {
				return view;
			}
		}
		return null;
	}

	private byte[] serialise(long caseId) {
		CaseView view = load(caseId).orElseThrow(() -> new IllegalStateException("Case " + caseId + " vanished"));
		return this.json.writeValueAsBytes(view);
	}

}
