package cn.jianwu.search.query;

/** Search parameters the service does not accept; answered as a 400 Problem. */
public class InvalidSearchException extends RuntimeException {

	private final String title;

	public InvalidSearchException(String title, String detail) {
		super(detail);
		this.title = title;
	}

	public String title() {
		return this.title;
	}

}
