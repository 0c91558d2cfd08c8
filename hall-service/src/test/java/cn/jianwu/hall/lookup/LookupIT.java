package cn.jianwu.hall.lookup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import cn.jianwu.hall.api.message.LookupFailure;
import cn.jianwu.hall.hashing.HallHash;
import cn.jianwu.hall.intake.IntakeIntegrationTest;
import cn.jianwu.hall.intake.WriterClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A writer looks their message up with the receipt's codes, on the running service. */
class LookupIT extends IntakeIntegrationTest {

	@Autowired
	HallHash hash;

	@Autowired
	StringRedisTemplate redis;

	@Test
	void theWriterSeesTheStatusAndTheAnswerOnlyOnceItIsApproved() {
		WriterClient.Response receipt = submit("COMPLAINT", "对办案期限有异议");
		String tracking = receipt.text("trackingCode");
		String check = receipt.text("checkCode");
		UUID id = messageId(tracking);

		WriterClient.Response assigned = this.writer.lookup(WriterClient.newClient(), tracking, check);
		this.jdbc.update("""
				UPDATE message SET status = 'PENDING_APPROVAL', acknowledgement = '您的来信已收到，正在办理。',
				       acknowledged_at = now(), answer = '草稿：尚未审核的答复', answer_revision = 1 WHERE id = ?
				""", id);
		WriterClient.Response pending = this.writer.lookup(WriterClient.newClient(), tracking, check);
		this.jdbc.update("UPDATE message SET status = 'ANSWERED', answer = '经审查，办案期限符合法律规定。', answered_at = now() "
				+ "WHERE id = ?", id);
		WriterClient.Response answered = this.writer.lookup(WriterClient.newClient(), tracking, check);

		assertThat(assigned.status()).isEqualTo(200);
		assertThat(assigned.text("status")).isEqualTo("ASSIGNED");
		assertThat(assigned.text("department")).isEqualTo("控告申诉检察部");
		assertThat(assigned.text("subject")).startsWith("对办案期限有异议");
		assertThat(assigned.text("answerBy")).isEqualTo(receipt.text("answerBy"));
		assertThat(assigned.text("answer")).isNull();
		assertThat(pending.text("status")).isEqualTo("PENDING_APPROVAL");
		assertThat(pending.text("acknowledgement")).isEqualTo("您的来信已收到，正在办理。");
		assertThat(pending.text("answer")).as("a draft is not the answer").isNull();
		assertThat(answered.text("status")).isEqualTo("ANSWERED");
		assertThat(answered.text("answer")).isEqualTo("经审查，办案期限符合法律规定。");
		assertThat(answered.text("answeredAt")).isNotNull();
	}

	@Test
	void aMergedMessageShowsTheAnswerOfTheMessageItWasMergedIntoOnceThatIsAnswered() {
		WriterClient.Response main = submit("CONSULTATION", "如何申请司法救助");
		WriterClient.Response duplicate = submit("CONSULTATION", "司法救助怎么申请");
		UUID mainId = messageId(main.text("trackingCode"));
		this.jdbc.update("UPDATE message SET status = 'MERGED', merged_into = ?, closed_at = now() WHERE id = ?",
				mainId, messageId(duplicate.text("trackingCode")));

		WriterClient.Response before = this.writer.lookup(WriterClient.newClient(), duplicate.text("trackingCode"),
				duplicate.text("checkCode"));
		this.jdbc.update("UPDATE message SET status = 'ANSWERED', answer = '请携带身份证明到控告申诉检察部提出申请。', "
				+ "answered_at = now() WHERE id = ?", mainId);
		WriterClient.Response after = this.writer.lookup(WriterClient.newClient(), duplicate.text("trackingCode"),
				duplicate.text("checkCode"));

		assertThat(before.text("status")).isEqualTo("MERGED");
		assertThat(before.text("answer")).isNull();
		assertThat(after.text("status")).isEqualTo("MERGED");
		assertThat(after.text("answer")).isEqualTo("请携带身份证明到控告申诉检察部提出申请。");
	}

	@Test
	void everyFailureIsTheSameAnswerNoSoonerThanTheMinimumAndTheCodeLocksAfterFiveWrongCheckCodes() {
		WriterClient.Response receipt = submit("SUGGESTION", "锁定测试");
		String tracking = receipt.text("trackingCode");
		String check = receipt.text("checkCode");
		String wrong = String.format("%06d", (Integer.parseInt(check) + 1) % 1_000_000);
		String client = WriterClient.newClient();

		List<WriterClient.Response> failures = new ArrayList<>();
		long started = System.nanoTime();
		failures.add(this.writer.lookup(client, "000000000000", "123456"));
		failures.add(this.writer.lookup(client, "12345", "abc"));
		failures.add(this.writer.post("/api/hall/messages/lookup", client, "{\"trackingCode\":123,\"checkCode\":4}"));
		long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
		for (int i = 0; i < 5; i++) {
			failures.add(this.writer.lookup(client, tracking, wrong));
		}
		WriterClient.Response locked = this.writer.lookup(client, tracking, check);
		failures.add(locked);

		assertThat(elapsedMillis).as("two paced failures").isGreaterThanOrEqualTo(2 * 150);
		assertThat(failures).allSatisfy((failure) -> {
			assertThat(failure.status()).isEqualTo(404);
			assertThat(failure.body()).isEqualTo(failures.get(0).body());
		});
		assertThat(failures.get(0).text("type")).endsWith("/" + LookupFailure.TYPE_SLUG);
		assertThat(failures.get(0).text("title")).isEqualTo(LookupFailure.TITLE);
		assertThat(failures.get(0).text("detail")).isEqualTo(LookupFailure.detail(5, 30));
	}

	@Test
	void eachLockOfATrackingCodeDoublesAndTheThirdWithinAWeekLocksItForGood() {
		WriterClient.Response receipt = submit("SUGGESTION", "逐级锁定测试");
		String tracking = receipt.text("trackingCode");
		String check = receipt.text("checkCode");
		String wrong = String.format("%06d", (Integer.parseInt(check) + 3) % 1_000_000);
		String failuresKey = "hall:lookup:failures:" + HexFormat.of().formatHex(this.hash.trackingCode(tracking));
		List<Duration> locks = new ArrayList<>();
		for (int lock = 1; lock <= 3; lock++) {
			for (int i = 0; i < 5; i++) {
				assertThat(this.writer.lookup(WriterClient.newClient(), tracking, wrong).status()).isEqualTo(404);
			}
			locks.add(Duration.ofMillis(this.redis.getExpire(failuresKey, TimeUnit.MILLISECONDS)));
			// what the lock's expiry does
			this.redis.delete(failuresKey);
		}

		assertThat(locks.get(0).toMinutes()).isBetween(29L, 30L);
		assertThat(locks.get(1).toMinutes()).isBetween(59L, 60L);
		assertThat(locks.get(2).toDays()).as("final: the hall has no re-issue").isBetween(179L, 180L);
		assertThat(this.writer.lookup(WriterClient.newClient(), tracking, check).status())
			.as("even the right pair, once its counter expired")
			.isEqualTo(404);
	}

	@Test
	void aRightLookupBeforeTheLimitResetsTheFailures() {
		WriterClient.Response receipt = submit("SUGGESTION", "重置测试");
		String tracking = receipt.text("trackingCode");
		String check = receipt.text("checkCode");
		String wrong = String.format("%06d", (Integer.parseInt(check) + 7) % 1_000_000);
		for (int i = 0; i < 4; i++) {
			assertThat(this.writer.lookup(WriterClient.newClient(), tracking, wrong).status()).isEqualTo(404);
		}
		assertThat(this.writer.lookup(WriterClient.newClient(), tracking, check).status()).isEqualTo(200);
		for (int i = 0; i < 4; i++) {
			assertThat(this.writer.lookup(WriterClient.newClient(), tracking, wrong).status()).isEqualTo(404);
		}
		assertThat(this.writer.lookup(WriterClient.newClient(), tracking, check).status()).isEqualTo(200);
	}

	@Test
	void aClientThatLooksUpTooOftenIsThrottled() {
		WriterClient.Response receipt = submit("SUGGESTION", "查询限流");
		String client = WriterClient.newClient();
		for (int i = 0; i < 30; i++) {
			assertThat(this.writer.lookup(client, receipt.text("trackingCode"), receipt.text("checkCode")).status())
				.isEqualTo(200);
		}

		WriterClient.Response throttled = this.writer.lookup(client, receipt.text("trackingCode"),
				receipt.text("checkCode"));

		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.retryAfter()).isNotNull();
	}

	private WriterClient.Response submit(String kind, String subject) {
		Map<String, Object> fields = WriterClient.message(kind, subject + " " + UUID.randomUUID(), "内容");
		WriterClient.Response response = this.writer.submit(WriterClient.newClient(), fields);
		assertThat(response.status()).isEqualTo(201);
		return response;
	}

}
