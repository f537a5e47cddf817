"""tarikh: historical sources in, a knowledge base where every fact cites its sentence out."""

from .api import KnowledgeBase, open
from .config import Config, load_config

__version__ = "0.3.0"
__all__ = ["Config", "KnowledgeBase", "__version__", "load_config", "open"]
