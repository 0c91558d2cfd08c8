package cn.jianwu.testsupport;

/** Addresses given from outside win over everything else. */
final class Env {

	private Env() {
	}

	static String get(String name) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			value = System.getProperty(name);
		}
		return (value == null || value.isBlank()) ? null : value;
	}

}
