package cn.jianwu.redaction.names;

import java.util.List;
import java.util.logging.Level;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.utility.Predefine;

/**
 * HanLP's segmenter with person-name recognition, configured once per JVM the first time
 * a text is segmented (the class-holder idiom makes that lazy and thread-safe; the
 * dictionaries take about a second to load).
 * <p>
 * HanLP's configuration is global: the adapter is set to read from the classpath only and
 * never write, and its logger is turned off, because its messages could quote the text
 * and names must never reach a log.
 */
final class HanLpEngine {

	private HanLpEngine() {
	}

	/**
	 * @param text the folded text
	 * @return its terms with offsets and parts of speech ({@code nr} for a person name)
	 */
	static List<Term> segment(String text) {
		// A Segment only holds its switches; a new one per call shares the loaded
		// dictionaries and keeps callers from sharing mutable configuration.
		return Loaded.configured().seg(text);
	}

	/**
	 * @return how long loading HanLP took in this JVM, in milliseconds (loads it if
	 * needed)
	 */
	static long loadMillis() {
		return Loaded.MILLIS;
	}

	private static final class Loaded {

		private static final long MILLIS;

		static {
			long started = System.nanoTime();
			Predefine.logger.setLevel(Level.OFF);
			HanLP.Config.enableDebug(false);
			HanLP.Config.IOAdapter = new ReadOnlyClasspath();
			HanLP.Config.ShowTermNature = true;
			// Warm the dictionaries here, inside the holder's initialisation, so that
			// the first caller pays for the load once and others wait for it.
			configured().seg("被害人王秀英报案称");
			MILLIS = (System.nanoTime() - started) / 1_000_000;
		}

		private Loaded() {
		}

		static Segment configured() {
			return HanLP.newSegment()
				.enableNameRecognize(true)
				.enableTranslatedNameRecognize(true)
				.enableJapaneseNameRecognize(false)
				.enablePlaceRecognize(true)
				.enableOrganizationRecognize(true)
				.enableOffset(true)
				.enableCustomDictionary(true);
		}

	}

}
