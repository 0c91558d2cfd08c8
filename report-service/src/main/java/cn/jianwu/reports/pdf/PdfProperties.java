package cn.jianwu.reports.pdf;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the reports' font comes from.
 *
 * @param font a TrueType font or collection (.ttf/.ttc, TrueType outlines) with Chinese
 * glyphs; when unset, the first of {@code fallbacks} that exists
 * @param fallbacks where Debian's CJK fonts are installed
 * ({@code apt-get install fonts-wqy-microhei})
 */
@ConfigurationProperties("jianwu.reports.pdf")
public record PdfProperties(Path font, @DefaultValue( {
		"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
		"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
		"/usr/share/fonts/truetype/arphic/uming.ttc" }) List<Path> fallbacks){

}
