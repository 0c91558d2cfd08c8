package cn.jianwu.disclosure.staff;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names of the institution's own staff: officials acting in their office, whom the
 * disclosure rules allow to be named (the prosecutor who handled a case, a spokesperson),
 * so the privacy gate does not take them for parties to anonymise.
 */
@Component
public class StaffNames {

	private final JdbcClient jdbc;

	StaffNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The display names of the enabled staff accounts. */
	public List<String> all() {
		return this.jdbc.sql("SELECT DISTINCT display_name FROM staff_account WHERE enabled")
			.query(String.class)
			.list();
	}

}
