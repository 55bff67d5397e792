/**
 * EU AI Act (Regulation 2024/1689) classification of AI usages for public deployers: prohibited
 * practices, high-risk, transparency, minimal, or undetermined with the questions still open.
 */
@NullMarked
package eu.civicai.governance.aiact;

import org.jspecify.annotations.NullMarked;
