package cn.jianwu.testsupport;

/**
 * A server an integration test needs could not be had. Tests fail with this, never skip:
 * the message names the server and how to start it.
 */
public class ServerUnavailableException extends IllegalStateException {

	ServerUnavailableException(String server, String howToStart, Throwable cause) {
		super(server + " is needed by this test but could not be reached or started. " + howToStart, cause);
	}

}
