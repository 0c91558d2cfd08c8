package cn.jianwu.portal.console;

/** The console's session cookie (see application.yml, {@code server.servlet.session}). */
final class ConsoleSession {

	static final String COOKIE = "JIANWU_CONSOLE";

	private ConsoleSession() {
	}

}
