package cn.jianwu.channel.wechat.hall;

/**
 * hall-service did not answer, or not as its contract says. The Kafka listener lets it
 * fail the record, which the platform's error handler retries and finally dead-letters.
 */
class HallUnavailableException extends RuntimeException {

	HallUnavailableException(String reason) {
		super("hall-service unavailable: " + reason);
	}

}
