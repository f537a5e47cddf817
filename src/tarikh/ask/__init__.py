"""Question answering over a knowledge base: ``answer(kb, question)`` gives the Answer JSON of SCHEMA.md."""

from .answer import NO_ANSWER, answer
from .parse import Question, parse_question

__all__ = ["NO_ANSWER", "Question", "answer", "parse_question"]
