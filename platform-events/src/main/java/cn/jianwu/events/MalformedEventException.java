package cn.jianwu.events;

/**
 * An event that can never be handled, however often it is retried: an unknown type or
 * data that does not match its type. Consumers send it straight to their dead-letter
 * topic.
 */
public class MalformedEventException extends RuntimeException {

	public MalformedEventException(String message) {
		super(message);
	}

	public MalformedEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
