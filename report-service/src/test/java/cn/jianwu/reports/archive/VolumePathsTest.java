package cn.jianwu.reports.archive;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VolumePathsTest {

	@Test
	void anAttachmentsNameStaysInsideItsFolder() {
		assertThat(VolumePaths.safe("../../etc/passwd")).doesNotContain("/").isEqualTo(".._.._etc_passwd");
		assertThat(VolumePaths.safe("..")).isEqualTo("_");
		assertThat(VolumePaths.safe("a\\b:c\u0000.pdf")).isEqualTo("a_b_c_.pdf");
		assertThat(VolumePaths.safe("不起诉决定书.pdf")).isEqualTo("不起诉决定书.pdf");
		assertThat(VolumePaths.safe(null)).isEqualTo("_");
	}

}
