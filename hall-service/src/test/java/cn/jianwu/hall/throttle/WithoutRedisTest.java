package cn.jianwu.hall.throttle;

import java.net.ServerSocket;
import java.time.Duration;

import cn.jianwu.hall.hashing.TestHallHash;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.jedis.JedisClientConfiguration;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Redis only guards: while it is unreachable, the throttle lets the public through
 * instead of refusing them. Redis is "down" here because nothing listens on the port.
 */
class WithoutRedisTest {

	private JedisConnectionFactory connections;

	private Throttle throttle;

	@BeforeEach
	void redisThatIsDown() throws Exception {
		int freePort;
		try (ServerSocket socket = new ServerSocket(0)) {
			freePort = socket.getLocalPort();
		}
		this.connections = new JedisConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", freePort),
				JedisClientConfiguration.builder()
					.connectTimeout(Duration.ofMillis(100))
					.readTimeout(Duration.ofMillis(100))
					.build());
		this.connections.afterPropertiesSet();
		this.connections.start();
		HallRedis redis = new HallRedis(new StringRedisTemplate(this.connections), new SimpleMeterRegistry());
		ThrottleProperties properties = new ThrottleProperties(2, 2, Duration.ofMinutes(10), Duration.ofMinutes(1), "",
				"");
		this.throttle = new Throttle(redis, TestHallHash.create(), properties);
	}

	@AfterEach
	void close() {
		this.connections.destroy();
	}

	@Test
	void submissionsAndLookupsGoThroughBeyondTheLimit() {
		assertThatNoException().isThrownBy(() -> {
			for (int i = 0; i < 10; i++) {
				this.throttle.submission("203.0.113.9");
				this.throttle.lookup("203.0.113.9");
			}
		});
	}

}
