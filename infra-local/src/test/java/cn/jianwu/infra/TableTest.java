package cn.jianwu.infra;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableTest {

	@Test
	void columnsAreAlignedUnderARule() {
		String table = new Table("NAME", "PID").row("gateway", "12").row("elasticsearch", "3456").render();

		assertThat(table).isEqualTo("""
				  NAME           PID
				  -------------  ----
				  gateway        12
				  elasticsearch  3456
				""");
	}

}
