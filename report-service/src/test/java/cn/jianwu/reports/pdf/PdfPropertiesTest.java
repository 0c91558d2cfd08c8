package cn.jianwu.reports.pdf;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PdfPropertiesTest {

	@Test
	void withNothingConfiguredTheFontsComeFromDebiansPlaces() {
		new ApplicationContextRunner().withUserConfiguration(Scan.class, PdfFonts.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(PdfProperties.class).fallbacks()).isEqualTo(PdfProperties.DEBIAN_FONTS);
		});
	}

	@Test
	void aConfiguredFontIsTheOneUsed() {
		new ApplicationContextRunner().withUserConfiguration(Scan.class, PdfFonts.class)
			.withPropertyValues("jianwu.reports.pdf.font=/opt/fonts/configured.ttf")
			.run((context) -> assertThatExceptionOfType(PdfFontMissingException.class)
				.isThrownBy(() -> context.getBean(PdfFonts.class).file())
				.withMessageContaining("/opt/fonts/configured.ttf"));
	}

	@ConfigurationPropertiesScan("cn.jianwu.reports.pdf")
	static class Scan {

	}

}
