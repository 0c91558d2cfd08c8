package cn.jianwu.hall.hashing;

import java.nio.charset.StandardCharsets;

/** A {@link HallHash} with a test key, for tests without a Spring context. */
public final class TestHallHash {

	private TestHallHash() {
	}

	public static HallHash create() {
		return new HallHash("a test key of at least thirty-two characters".getBytes(StandardCharsets.UTF_8));
	}

}
