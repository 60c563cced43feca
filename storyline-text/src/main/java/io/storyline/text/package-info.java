/** Helpers shared by the text stages: character classes and class-path word lists. */
package io.storyline.text;
