package cn.jianwu.portal.site;

/** The page asked for does not exist (an unknown column, item or malformed address). */
public class PageNotFoundException extends RuntimeException {

	public PageNotFoundException(String what) {
		super(what);
	}

}
