package cn.jianwu.reports.archive;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the volumes go and what signs them ({@code jianwu.reports.archive.*}).
 *
 * @param directory where the sealed ZIP files are kept ({@code REPORT_ARCHIVE_DIR}); a
 * persistent volume in production, backed up with the database
 * @param signingKey the PEM (PKCS#8, {@code BEGIN PRIVATE KEY}) RSA key that signs the
 * manifests ({@code REPORT_SIGNING_KEY}); when empty, a key generated and kept in the
 * reports schema signs them — for development only
 * @param sealCron when the past quarter's volumes are sealed (Spring cron, in the
 * institution's zone)
 * @param attachmentTimeoutSeconds how long a fetch of one attachment from
 * disclosure-service may take
 */
@ConfigurationProperties("jianwu.reports.archive")
record ArchiveProperties(Path directory, String signingKey, String sealCron, int attachmentTimeoutSeconds) {

}
