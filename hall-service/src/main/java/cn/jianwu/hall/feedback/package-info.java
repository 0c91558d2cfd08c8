/**
 * The messages that refer to something staff published: feedback on a disclosure item
 * ({@code GET /api/hall/staff/items/{itemId}/feedback}, which the console's item page
 * lists so that a clerk can start a revision from it) and responses to an open call.
 * Summaries only: no text, no writer.
 */
package cn.jianwu.hall.feedback;
